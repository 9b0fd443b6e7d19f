/**
 * WCAG AA contrast of ClaimLens's own UI, in the light and the dark scheme, read from the real CSS: the
 * popup, options and Facts pages (base.css with its palette, popup.css, options.css, facts.css) and the
 * hover card (CARD_CSS). Every colour a rule sets as text is checked against every colour a rule sets as
 * a background (≥ 4.5 : 1), every border, outline, line and switch track against every background
 * (≥ 3 : 1), and the switch's thumb against its tracks. Colours are written only as palette variables.
 * Page highlights, drawn over pages of any colour, are checked on light and dark page backgrounds.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../src/engine/claim';
import { FOCUS_HIGHLIGHT, highlightCss } from '../../../src/page/highlight-style';
import { CARD_CSS } from '../../../src/ui/card/card-style';

const UI = resolve(import.meta.dirname, '../../../src/ui');
const PAGE_SHEETS = ['base.css', 'popup/popup.css', 'options/options.css', 'facts/facts.css'];
const DARK = '(prefers-color-scheme: dark)';

interface Rule {
  selector: string;
  media: string | null;
  decls: [property: string, value: string][];
}

/** The rules of a style sheet (comments dropped, `@import` followed relative to `dir`, `@media` one level deep). */
function parseCss(css: string, dir: string, media: string | null = null): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const semi = text.indexOf(';', i);
    if (semi !== -1 && (open === -1 || semi < open) && text.slice(i, semi).trim().startsWith('@import')) {
      const file = /@import\s+['"]([^'"]+)['"]/.exec(text.slice(i, semi))?.[1];
      if (!file) throw new Error(`Unreadable @import: ${text.slice(i, semi)}`);
      const path = resolve(dir, file);
      rules.push(...parseCss(readFileSync(path, 'utf8'), dirname(path), media));
      i = semi + 1;
      continue;
    }
    if (open === -1) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1);
    if (prelude.startsWith('@media')) {
      rules.push(...parseCss(body, dir, prelude.slice('@media'.length).trim()));
    } else {
      const decls = body
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d): [string, string] => {
          const colon = d.indexOf(':');
          return [d.slice(0, colon).trim().toLowerCase(), d.slice(colon + 1).trim()];
        });
      rules.push({ selector: prelude.replace(/\s+/g, ' '), media, decls });
    }
    i = j;
  }
  return rules;
}

// ——— WCAG 2.x ———

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// ——— What the rules use ———

type Scheme = 'light' | 'dark';
/**
 * Where a colour shows: as text, as a surface text sits on, as a UI part (border, ring, line, switch track,
 * scroll bar thumb), as the switch's thumb. Surfaces: backgrounds, and the track of a `scrollbar-color`.
 */
type Role = 'text' | 'surface' | 'part' | 'thumb';
interface Use {
  role: Role;
  colour: string;
  /** `selector { property }` with the variable it came from, for messages. */
  where: string;
}

const NOT_A_COLOUR = /^(-?[\d.]+(px|em|rem|%)?|none|solid|dashed|dotted|double|wavy|underline|inherit|initial|unset|transparent)$/i;
const COLOUR_PROPERTY =
  /^(color|fill|stroke|scrollbar-color|background|background-color|border|border-(top|right|bottom|left)(-color)?|border-color|outline|outline-color|text-decoration|text-decoration-color)$/;

/** Each scheme's custom properties, as the root rule (`:root` for pages, `.card` for the card) declares them. */
function variables(rules: Rule[], root: string, scheme: Scheme): Map<string, string> {
  const vars = new Map<string, string>();
  const applies = (r: Rule) => r.selector === root && (r.media === null || (scheme === 'dark' && r.media === DARK));
  // Light declarations first, then the dark ones over them (source order within each).
  for (const pass of [null, DARK]) {
    for (const r of rules) {
      if (r.media !== pass || !applies(r)) continue;
      for (const [p, v] of r.decls) if (p.startsWith('--')) vars.set(p, v);
    }
  }
  return vars;
}

function resolveVar(value: string, vars: Map<string, string>, seen: string[] = []): string {
  const name = /^var\((--[\w-]+)\)$/.exec(value.trim())?.[1];
  if (!name) {
    if (!/^#[0-9a-f]{6}$/i.test(value.trim())) throw new Error(`Not a #rrggbb colour: ${value} (${seen.join(' → ')})`);
    return value.trim().toLowerCase();
  }
  const next = vars.get(name);
  if (next === undefined) throw new Error(`${name} is not defined (${seen.join(' → ')})`);
  if (seen.includes(name)) throw new Error(`Circular: ${[...seen, name].join(' → ')}`);
  return resolveVar(next, vars, [...seen, name]);
}

function uses(rules: Rule[], root: string, scheme: Scheme): Use[] {
  const vars = variables(rules, root, scheme);
  const out: Use[] = [];
  for (const r of rules) {
    if (r.media !== null && r.media !== DARK && !/reduced-motion|max-width/.test(r.media)) throw new Error(`Unknown media ${r.media}`);
    if (r.media === DARK && scheme === 'light') continue;
    for (const [property, value] of r.decls) {
      if (property.startsWith('--') || !COLOUR_PROPERTY.test(property)) continue;
      value.split(/\s+(?![^(]*\))/).forEach((token, index) => {
        if (NOT_A_COLOUR.test(token)) return;
        if (!token.startsWith('var(')) throw new Error(`${r.selector} { ${property}: ${value} }: write colours as palette variables`);
        const isTrack = /\.track\b/.test(r.selector);
        const role: Role =
          property === 'color' || (property === 'fill' && /\btext$/.test(r.selector))
            ? 'text'
            : property.startsWith('background') || (property === 'scrollbar-color' && index === 1)
              ? isTrack
                ? /::after$/.test(r.selector)
                  ? 'thumb'
                  : 'part'
                : 'surface'
              : 'part';
        out.push({ role, colour: resolveVar(token, vars), where: `${r.selector} { ${property}: ${token} }` });
      });
    }
  }
  return out;
}

/** Every pair below its threshold, as readable lines (empty when all pass). */
function failures(all: Use[]): string[] {
  const of = (role: Role) => all.filter((u) => u.role === role);
  const bad: string[] = [];
  const check = (fg: Use, bg: Use, min: number) => {
    const ratio = contrast(fg.colour, bg.colour);
    if (ratio < min) bad.push(`${fg.where} ${fg.colour} on ${bg.where} ${bg.colour}: ${ratio.toFixed(2)} < ${min}`);
  };
  for (const bg of of('surface')) {
    for (const fg of of('text')) check(fg, bg, 4.5);
    for (const part of of('part')) check(part, bg, 3);
  }
  const tracks = of('part').filter((u) => /\.track\b/.test(u.where));
  for (const thumb of of('thumb')) for (const track of tracks) check(thumb, track, 3);
  return bad;
}

const pageRules = () => PAGE_SHEETS.flatMap((f) => parseCss(readFileSync(resolve(UI, f), 'utf8'), dirname(resolve(UI, f))));
const cardRules = () => parseCss(CARD_CSS, UI);
const SURFACES = [
  { name: 'popup, options and Facts pages', rules: pageRules, root: ':root' },
  { name: 'hover card', rules: cardRules, root: '.card' },
];

describe.each(SURFACES)('contrast of the $name', ({ rules, root }) => {
  it.each(['light', 'dark'] as const)('%s: text ≥ 4.5 : 1 and UI parts ≥ 3 : 1 on every background the CSS uses', (scheme) => {
    const all = uses(rules(), root, scheme);
    // The checks see the rules that matter: text, backgrounds, parts.
    expect(all.filter((u) => u.role === 'text').length).toBeGreaterThanOrEqual(5);
    expect(all.filter((u) => u.role === 'surface').length).toBeGreaterThanOrEqual(2);
    expect(all.filter((u) => u.role === 'part').length).toBeGreaterThanOrEqual(3);
    expect(failures(all)).toEqual([]);
  });

  it('is dark in the dark scheme and light in the light one', () => {
    const light = variables(rules(), root, 'light');
    const dark = variables(rules(), root, 'dark');
    expect(luminance(resolveVar('var(--bg)', light))).toBeGreaterThan(0.9);
    expect(luminance(resolveVar('var(--bg)', dark))).toBeLessThan(0.02);
    expect(luminance(resolveVar('var(--fg)', dark))).toBeGreaterThan(0.7);
  });
});

describe('contrast check', () => {
  it('fails a dark-scheme colour that is too faint, and a colour written outside the palette', () => {
    const rules = pageRules();
    const faint = rules.map((r) =>
      r.media === DARK && r.selector === ':root'
        ? { ...r, decls: r.decls.map(([p, v]): [string, string] => [p, p === '--muted' ? '#5a6069' : v]) }
        : r,
    );
    const bad = failures(uses(faint, ':root', 'dark'));
    expect(bad.some((line) => line.includes('.muted { color: var(--muted) } #5a6069'))).toBe(true);
    expect(failures(uses(faint, ':root', 'light'))).toEqual([]);
    const literal = parseCss('.x { background: #eaeef2; }', UI);
    expect(() => uses([...rules, ...literal], ':root', 'light')).toThrow(/palette variables/);
  });

  it('measures WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1f2328', '#ffffff')).toBeCloseTo(15.8, 1);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

/** Page backgrounds a highlight may be drawn over: white and light grey, black and the usual dark-mode greys. */
const PAGE_BACKGROUNDS = ['#ffffff', '#f6f8fa', '#000000', '#121212', '#1e1e1e', '#2b2b2b'];

describe('page highlights', () => {
  const rules = (style: 'underline' | 'background') =>
    new Map(
      highlightCss(style)
        .split('\n')
        .map((rule) => [/::highlight\(([\w-]+)\)/.exec(rule)?.[1] ?? '', rule] as const),
    );

  it.each(['underline', 'background'] as const)("%s: every verdict's line shows (≥ 3 : 1) on light and dark pages", (style) => {
    const css = rules(style);
    const bad: string[] = [];
    for (const v of VERDICTS) {
      const colour = /text-decoration: underline \w+ (#[0-9a-f]{6})/i.exec(css.get(`claimlens-${v}`) ?? '')?.[1];
      expect(colour, v).toBeDefined();
      for (const page of PAGE_BACKGROUNDS) {
        const ratio = contrast(colour!.toLowerCase(), page);
        if (ratio < 3) bad.push(`${v} ${colour} on ${page}: ${ratio.toFixed(2)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the mark on a claim the reader jumped to brings its own readable text colour (≥ 4.5 : 1), on any page', () => {
    const rule = rules('underline').get(FOCUS_HIGHLIGHT) ?? '';
    const background = /background-color: (#[0-9a-f]{6})/i.exec(rule)?.[1];
    const text = /[^-]color: (#[0-9a-f]{6})/i.exec(rule)?.[1];
    expect(background && text).toBeTruthy();
    expect(contrast(text!.toLowerCase(), background!.toLowerCase())).toBeGreaterThanOrEqual(4.5);
  });
});
