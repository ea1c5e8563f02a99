import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetManagedPolicyCache } from '@/lib/shared/settings/managed';

beforeEach(() => {
  fakeBrowser.reset();
  resetManagedPolicyCache();
});
afterEach(() => {
  cleanup();
});
