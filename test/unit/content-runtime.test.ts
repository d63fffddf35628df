/** The content script takes its runtime only from a real extension namespace (issue 13, item 6). */
import { describe, expect, it } from 'vitest';
import { extensionRuntime, isExtensionNamespace } from '../../src/content/runtime';

const real = { runtime: { id: 'abc', sendMessage: async () => undefined, onMessage: { addListener: () => undefined } } };

describe('the content script runtime', () => {
  it('takes a namespace whose runtime sends and receives messages', () => {
    expect(isExtensionNamespace(real)).toBe(true);
    expect(extensionRuntime({ chrome: real })).toBe(real.runtime);
  });

  it('refuses what a page element shadowing "browser" looks like: a runtime that is a form field', () => {
    const formField = { id: 'x', name: 'runtime', value: '' };
    expect(isExtensionNamespace({ runtime: formField })).toBe(false);
    expect(extensionRuntime({ browser: { runtime: formField }, chrome: real })).toBe(real.runtime);
    expect(extensionRuntime({ browser: { runtime: formField } })).toBeNull();
  });
});
