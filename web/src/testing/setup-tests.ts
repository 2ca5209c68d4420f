import '@testing-library/jest-dom/vitest';
// react-data-grid uses iterator helpers (Iterator.prototype.map …) that Node 20 lacks
import 'core-js/actual/iterator';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// the first findBy of a file waits for cold imports; on a busy machine 1 s is not always enough
configure({ asyncUtilTimeout: 3_000 });

// jsdom has no layout: react-data-grid measures itself with ResizeObserver and escapes ids with CSS.escape
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
if (typeof CSS === 'undefined') {
  (globalThis as { CSS?: unknown }).CSS = { escape: (s: string) => s };
} else if (!CSS.escape) {
  CSS.escape = (s: string) => s;
}

// …and no sizes: give data grids a laptop-sized viewport so they render the rows a person would see
for (const [property, size] of [
  ['clientWidth', 1200],
  ['clientHeight', 600],
] as const) {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, property);
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('rdg') ? size : (original?.get?.call(this) ?? 0);
    },
  });
}

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
