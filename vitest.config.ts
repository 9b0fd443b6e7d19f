import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // The card's stylesheet imports the palette as text (`palette.css?raw`); other CSS stays unprocessed.
    css: { include: [/\/src\/ui\/palette\.css/] },
  },
});
