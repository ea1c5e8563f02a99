import { describe, expect, it } from 'vitest';
import { isFeed, isLinkedIn, isPreload, opensShareBox } from '@/lib/shared/linkedin/pages';

describe('LinkedIn URL predicates', () => {
  it.each([
    ['https://www.linkedin.com/feed/', { linkedin: true, feed: true, preload: false, share: false }],
    ['https://www.linkedin.com/feed/?shareActive=true', { linkedin: true, feed: true, preload: false, share: true }],
    ['https://www.linkedin.com/preload/sharebox/', { linkedin: true, feed: false, preload: false, share: true }],
    ['https://www.linkedin.com/sharing/compose/', { linkedin: true, feed: false, preload: false, share: true }],
    [
      'https://www.linkedin.com/preload/?_bprMode=vanilla',
      { linkedin: true, feed: false, preload: true, share: false },
    ],
    ['https://www.linkedin.com/in/someone/', { linkedin: true, feed: false, preload: false, share: false }],
    ['http://www.linkedin.com/feed/', { linkedin: false, feed: false, preload: false, share: false }],
    ['https://linkedin.com.evil.example/feed/', { linkedin: false, feed: false, preload: false, share: false }],
    ['not a url', { linkedin: false, feed: false, preload: false, share: false }],
  ])('%s', (url, expected) => {
    expect({
      linkedin: isLinkedIn(url),
      feed: isFeed(url),
      preload: isPreload(url),
      share: opensShareBox(url),
    }).toEqual(expected);
  });
});
