import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy* and waitFor give up after 1 s unless told otherwise. A screen's render chain on a busy
// 2-core CI machine has taken longer than that (the case page's redraw after a discard failed on
// it), so each wait that was not given more could fail at random. They return as soon as what
// they wait for is there: a longer limit costs time only in a test that fails anyway.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
