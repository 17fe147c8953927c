import { afterEach } from 'vitest';
import { quitApp } from './test-vault';

/** Each test's data folder is removed after it: its backups settle and its database closes first. */
afterEach(() => quitApp());
