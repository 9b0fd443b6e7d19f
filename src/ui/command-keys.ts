/**
 * The keyboard commands' keys as the reader has them: the browser's, which the reader may have changed
 * in its extension shortcuts page. The popup's footer and the options page show them.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COMMAND_KEYS, type CommandName } from '../keys';

export type CommandKeys = Record<CommandName, string>;

/**
 * The keys the browser reports, '' for a command the reader (or a clash with another shortcut) left
 * without one; the suggested keys until the browser answers, or where it cannot.
 */
export function useCommandKeys(): CommandKeys {
  const [keys, setKeys] = useState<CommandKeys>({ ...COMMAND_KEYS });
  useEffect(() => {
    void Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => {
        const next: CommandKeys = { ...COMMAND_KEYS };
        for (const c of all) if (c.name && c.name in next) next[c.name as CommandName] = c.shortcut ?? '';
        setKeys(next);
      })
      .catch(() => undefined);
  }, []);
  return keys;
}
