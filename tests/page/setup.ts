/**
 * The page layer's tests run in a plain page, not in an extension: what the card reads and writes through the
 * extension's APIs (storage: the verdicts marked as wrong) goes to WXT's in-memory browser, as in the unit tests.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
