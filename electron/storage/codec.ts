/**
 * How a store's object becomes file bytes and back. conf/electron-store call these through
 * their `serialize` / `deserialize` options; encryption at rest plugs in here later.
 * `deserialize` refuses anything that is not a JSON object, so conf never "repairs" a
 * damaged file by writing over it.
 */
export interface Codec {
  serialize: (value: Record<string, unknown>) => string;
  deserialize: (text: string) => Record<string, unknown>;
}

export class StoreFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreFormatError';
  }
}

export const jsonCodec: Codec = {
  serialize: (value) => JSON.stringify(value),
  deserialize: (text) => {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new StoreFormatError('the file does not hold a data object');
    }
    return value as Record<string, unknown>;
  },
};
