import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { Uuid } from '../../shared/schemas/fields';
import { unreadable, type StoreLocation } from '../storage/store-location';

const NAME = 'pc';
const PcFile = z.strictObject({ pcId: Uuid });

/**
 * This PC's random id, made on first use and never changed: data files name the PC they
 * came from, and summaries keep the PC they were entered on.
 */
export function pcId(location: StoreLocation): string {
  try {
    const file = location.open(NAME);
    if (Object.keys(file.store).length === 0) file.store = { pcId: randomUUID() };
    return PcFile.parse(file.store).pcId;
  } catch (error) {
    throw unreadable(join(location.dir, `${NAME}.json`), error);
  }
}
