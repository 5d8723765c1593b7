import { describe, expect, it } from 'vitest';
import { followedNextKey } from './follow-next';

function clickOn(element: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: element });
  return event;
}

describe('following a next link in the page', () => {
  const link = document.createElement('a');
  link.href = '/world/b';
  link.setAttribute('data-next-key', 'b');
  const label = link.appendChild(document.createElement('span'));

  it('names the article a plain click on the link (or inside it) asks for', () => {
    expect(followedNextKey(clickOn(link))).toBe('b');
    expect(followedNextKey(clickOn(label))).toBe('b');
  });

  it('leaves a new tab or window, and any other click, to the browser', () => {
    expect(followedNextKey(clickOn(link, { ctrlKey: true }))).toBeNull();
    expect(followedNextKey(clickOn(link, { metaKey: true }))).toBeNull();
    expect(followedNextKey(clickOn(link, { shiftKey: true }))).toBeNull();
    expect(followedNextKey(clickOn(link, { button: 1 }))).toBeNull();
    expect(followedNextKey(clickOn(document.createElement('p')))).toBeNull();
  });
});
