import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../src/page/extract';
import { mount, paragraph } from './dom';

const texts = (r: Node, isHidden?: (el: Element) => boolean) => extractBlocks(r, { isHidden }).map((b) => b.text);

describe('reading a real page as text blocks', () => {
  it('joins inline elements into their paragraph and breaks blocks at block elements', () => {
    const root = mount((r) => {
      r.append(paragraph(['Microsoft ', ['em', 'invested'], ' in OpenAI.']));
      const li = document.createElement('li');
      li.textContent = 'A list item.';
      r.append(li);
    });
    expect(texts(root)).toEqual(['Microsoft invested in OpenAI.', 'A list item.']);
  });

  it('reads text inside an open shadow root, through its slots', () => {
    const root = mount((r) => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(paragraph(['Shadow text about ', ['b', 'Azure'], '.']));
      r.append(host);
    });
    expect(texts(root)).toEqual(['Shadow text about Azure.']);
  });

  it('skips what the page hides with its own stylesheet when told how to test visibility', () => {
    const root = mount((r) => {
      const style = document.createElement('style');
      style.textContent = '.gone { display: none }';
      r.append(style, paragraph(['Visible.']));
      const hidden = paragraph(['Hidden by a class.']);
      hidden.className = 'gone';
      r.append(hidden);
    });
    const computedHidden = (el: Element) => getComputedStyle(el).display === 'none';
    expect(texts(root)).toEqual(['Visible.', 'Hidden by a class.']);
    expect(texts(root, computedHidden)).toEqual(['Visible.']);
  });

  it('leaves out form fields, scripts and editable regions', () => {
    const root = mount((r) => {
      const area = document.createElement('textarea');
      area.value = 'Typed text.';
      const editable = paragraph(['Being edited.']);
      editable.contentEditable = 'true';
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.textContent = 'var x = 1;';
      r.append(area, editable, script, paragraph(['Kept.']));
    });
    expect(texts(root)).toEqual(['Kept.']);
  });
});
