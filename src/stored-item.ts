/**
 * One value ClaimLens keeps in `storage.local` (the settings, the imported packs), with a version beside it
 * (`<key>$: { v }`, the layout WXT's storage items use, so what earlier builds stored reads the same).
 *
 * Reading never fails, never writes and never logs: a value written by a newer version of ClaimLens, or one
 * that is not of the right kind, is read as the fallback and left exactly as it is (the reader is told why,
 * so the options page can say so); an older one is migrated in memory on each read. Only `setValue` writes,
 * with this build's version. (WXT's own storage items run their migrations as soon as they are defined, in
 * every context, the content script included, and log a failed one, a newer version included, to the
 * console: the web page's console, from the content script.)
 */
import { browser } from 'wxt/browser';

/** Why a stored value was not used: written by a newer ClaimLens, or not of the right kind. */
export type ReadProblem = 'newer' | 'unreadable';

export interface ItemRead<T> {
  value: T;
  problem: ReadProblem | null;
  /** What else was stored beside the value's version (`setValue`'s `meta`), when the value is used. */
  meta?: Record<string, unknown>;
}

export interface StoredItem<T> {
  /** `local:<name>`, as WXT names it. */
  readonly key: `local:${string}`;
  readonly fallback: T;
  /** The `storage.local` keys it is kept under: the value's and its version's. */
  readonly storageKeys: readonly [string, string];
  /** The item as `read` gives it, from what one `storage.local.get` of its `storageKeys` (and others) returned. */
  interpret(stored: Record<string, unknown>): ItemRead<T>;
  /** The value (the fallback when there is none, or it cannot be used), and why not when it cannot. */
  read(): Promise<ItemRead<T>>;
  getValue(): Promise<T>;
  /** Stores the value with this build's version, and `meta` beside it (replacing the earlier meta). */
  setValue(value: T, meta?: Record<string, unknown>): Promise<void>;
  /** Calls `onChange` with the value as `read` gives it whenever it changes. Returns unwatch. */
  watch(onChange: (value: T, problem: ReadProblem | null) => void): () => void;
}

export interface StoredItemOptions<T> {
  fallback: T;
  /** The version this build writes. */
  version: number;
  /** Migrations from older values, keyed by the version they produce (a value stored without a version is v1). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** The stored (migrated) value as a T, or null when it is not of the right kind at all. */
  accept(raw: unknown): T | null;
}

export function defineStoredItem<T>(name: string, options: StoredItemOptions<T>): StoredItem<T> {
  const metaName = `${name}$`;
  /** What is stored under `name` and `name$`, as the item reads it. */
  const interpret = (raw: unknown, meta: unknown): ItemRead<T> => {
    if (raw == null) return { value: options.fallback, problem: null };
    const v = (meta as { v?: unknown } | null | undefined)?.v;
    const from = typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
    if (from > options.version) return { value: options.fallback, problem: 'newer' };
    let value = raw;
    try {
      for (let to = from + 1; to <= options.version; to++) value = options.migrations?.[to]?.(value) ?? value;
      const accepted = options.accept(value);
      if (accepted === null) return { value: options.fallback, problem: 'unreadable' };
      const { v: _v, ...rest } = (meta && typeof meta === 'object' ? meta : {}) as Record<string, unknown>;
      return { value: accepted, problem: null, meta: rest };
    } catch {
      return { value: options.fallback, problem: 'unreadable' };
    }
  };
  const read = async (): Promise<ItemRead<T>> => {
    try {
      const stored = await browser.storage.local.get([name, metaName]);
      return interpret(stored[name], stored[metaName]);
    } catch {
      return { value: options.fallback, problem: 'unreadable' };
    }
  };
  return {
    key: `local:${name}`,
    fallback: options.fallback,
    storageKeys: [name, metaName],
    interpret: (stored) => interpret(stored[name], stored[metaName]),
    read,
    getValue: async () => (await read()).value,
    setValue: async (value, meta = {}) => {
      await browser.storage.local.set({ [name]: value, [metaName]: { ...meta, v: options.version } });
    },
    watch: (onChange) => {
      let latest = 0;
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local' || !(name in changes || metaName in changes)) return;
        const call = ++latest;
        void read().then((r) => {
          // Changes come in order; an older read finishing late is dropped.
          if (call === latest) onChange(r.value, r.problem);
        });
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/**
 * Several items read in one `storage.local.get` (each as its own `read` gives it): one round trip to the
 * browser's storage instead of one per item. A read that fails gives each item its fallback, 'unreadable'.
 */
export async function readItems<T extends readonly StoredItem<unknown>[]>(...items: T): Promise<{ [K in keyof T]: ItemRead<Value<T[K]>> }> {
  let stored: Record<string, unknown> | null = null;
  try {
    stored = await browser.storage.local.get(items.flatMap((item) => [...item.storageKeys]));
  } catch {
    stored = null;
  }
  return items.map((item) => (stored ? item.interpret(stored) : { value: item.fallback, problem: 'unreadable' })) as {
    [K in keyof T]: ItemRead<Value<T[K]>>;
  };
}

type Value<I> = I extends StoredItem<infer T> ? T : never;
