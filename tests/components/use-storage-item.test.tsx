import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useStorageItem } from '@/components/use-storage-item';
import { preferencesItem } from '@/lib/shared/settings';

function Audiences() {
  const preferences = useStorageItem(preferencesItem);
  if (!preferences) return <p>loading</p>;
  return <p>{preferences.audiences.length === 0 ? 'everything' : preferences.audiences.join(', ')}</p>;
}

describe('useStorageItem', () => {
  it('reads an older-shaped value with defaults instead of crashing the surface', async () => {
    await fakeBrowser.storage.local.set({ preferences: { uiLanguage: 'da' } });
    render(<Audiences />);
    expect(await screen.findByText('everything')).toBeInTheDocument();
  });

  it('follows changes live, and a wrong-shaped change arrives with defaults', async () => {
    await fakeBrowser.storage.local.set({ preferences: { audiences: ['pilot'] } });
    render(<Audiences />);
    expect(await screen.findByText('pilot')).toBeInTheDocument();
    await act(() => fakeBrowser.storage.local.set({ preferences: { audiences: ['pilot', 'sales'] } }));
    expect(await screen.findByText('pilot, sales')).toBeInTheDocument();
    await act(() => fakeBrowser.storage.local.set({ preferences: 'broken' }));
    expect(await screen.findByText('everything')).toBeInTheDocument();
  });
});
