import type * as ZipJs from '@zip.js/zip.js';
import { unzipSync } from 'fflate';
import { AppFailure } from '../../shared/ipc/result';
import { Passphrase } from '../../shared/schemas/exchange';
import type { ExportedFile } from './exported-file';

let loaded: Promise<typeof ZipJs> | undefined;

/** zip.js, loaded on the first protected zip: most sessions write or open none. */
function zipJs(): Promise<typeof ZipJs> {
  loaded ??= import('@zip.js/zip.js').then((zip) => {
    // Main has no web workers: zip.js compresses and encrypts on this thread, with Node's streams.
    zip.configure({ useWebWorkers: false });
    return zip;
  });
  return loaded;
}

/**
 * Case-level files (every narrative, age and suspect) in a zip encrypted with WinZip AES-256
 * (AE-2: no CRC of the content is stored; each file carries an HMAC-SHA1 authentication code),
 * which 7-Zip, WinZip and Windows 11's Explorer open with the passphrase. `files` are the CSV
 * files and their README (`caseCsvFiles`) or the workbook; their names are not secret (a zip
 * lists its names in the clear), their contents are.
 */
export async function protectCaseFiles(
  files: Readonly<Record<string, Uint8Array>>,
  passphrase: string,
  now: Date = new Date(),
): Promise<Uint8Array> {
  if (!Passphrase.safeParse(passphrase).success) {
    throw new AppFailure('invalid-input', 'The passphrase must be 10 to 200 characters.', {
      detail: 'v.passphrase.short',
    });
  }
  const { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } = await zipJs();
  const zip = new ZipWriter(new Uint8ArrayWriter(), {
    password: passphrase,
    encryptionStrength: 3,
    zipCrypto: false,
    lastModDate: now,
    level: 6,
  });
  for (const [name, bytes] of Object.entries(files)) await zip.add(name, new Uint8ArrayReader(bytes));
  return zip.close();
}

/**
 * A case-level export (`writeCasesZip` or `writeCasesXlsx`) as an encrypted zip: the CSV files
 * themselves (not a zip in a zip), or the workbook. `cpu-cases-2025.zip` becomes
 * `cpu-cases-2025-protected.zip`, `cpu-cases-2025.xlsx` `cpu-cases-2025-xlsx-protected.zip`. The
 * workbook is named `innerName` inside it (the name the plain export would have, PC and date
 * included, so two offices' workbooks extracted into one folder do not take each other's place).
 */
export async function protectCasesFile(
  file: ExportedFile,
  passphrase: string,
  now: Date,
  innerName = file.fileName,
): Promise<ExportedFile> {
  const isZip = file.fileName.endsWith('.zip');
  const files = isZip ? unzipSync(file.bytes) : { [innerName]: file.bytes };
  const stem = file.fileName.replace(/\.(zip|xlsx)$/, (_, ext: string) => (ext === 'zip' ? '' : '-xlsx'));
  return {
    fileName: `${stem}-protected.zip`,
    mediaType: 'application/zip',
    bytes: await protectCaseFiles(files, passphrase, now),
  };
}

/**
 * The files of a protected zip, decrypted with the passphrase; a wrong one is refused as
 * `wrong-passphrase`. For tests and for checking a file before it is handed over.
 */
export async function openProtectedCaseFiles(
  bytes: Uint8Array,
  passphrase: string,
): Promise<Record<string, Uint8Array>> {
  const { Uint8ArrayReader, Uint8ArrayWriter, ZipReader } = await zipJs();
  const reader = new ZipReader(new Uint8ArrayReader(bytes), { password: passphrase });
  try {
    const out: Record<string, Uint8Array> = {};
    for (const entry of await reader.getEntries()) {
      if (entry.directory) continue;
      out[entry.filename] = await entry.getData(new Uint8ArrayWriter()).catch((error: unknown) => {
        throw new AppFailure('wrong-passphrase', 'The passphrase does not open this file.', {
          detail: error instanceof Error ? error.message : String(error),
        });
      });
    }
    return out;
  } finally {
    await reader.close();
  }
}

/** Whether every file of the zip is encrypted with AES-256 (what `protectCaseFiles` writes). */
export async function isAes256(bytes: Uint8Array): Promise<boolean> {
  const { Uint8ArrayReader, ZipReader } = await zipJs();
  const reader = new ZipReader(new Uint8ArrayReader(bytes));
  try {
    const entries = (await reader.getEntries()).filter((e) => !e.directory);
    return entries.length > 0 && entries.every((e) => e.encrypted && !e.zipCrypto && e.extraFieldAES?.strength === 3);
  } finally {
    await reader.close();
  }
}
