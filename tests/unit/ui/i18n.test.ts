import { describe, expect, it } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import { t } from '../../../src/ui/i18n';

describe('UI strings', () => {
  it('fill in their $1, $2 from the code', () => {
    expect(t('packSize', ['3 facts', '2 sources'])).toBe('3 facts, 2 sources');
    expect(t('siteSwitch', 'ft.com')).toBe('Check claims on ft.com');
  });

  it('every string with a $n tells translators what goes there', () => {
    const unexplained = Object.entries(en as Record<string, { message: string; description?: string }>)
      .filter(([, m]) => /\$\d/.test(m.message) && !/\$\d/.test(m.description ?? ''))
      .map(([key]) => key);
    expect(unexplained).toEqual([]);
  });
});
