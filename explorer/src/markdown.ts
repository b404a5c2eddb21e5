/**
 * Long text (summaries, descriptions, biographies) is Markdown in the model: rendered here with
 * marked, then sanitised with DOMPurify, so a record can never put script, styles, images or
 * forms into the page. Links keep only http(s) addresses (and open in a new tab); anything else
 * (javascript:, data:, relative paths) loses its link and stays as text.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** What Markdown may produce here: text structure and links, nothing that loads or runs. */
const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'del'];

let hooked = false;
function hookLinks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href)) {
      node.replaceWith(...node.childNodes);
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
}

/** Markdown → sanitised HTML (a string safe to assign to innerHTML). Headings start at h3: the panel's own title is h2. */
export function markdownToSafeHtml(markdown: string): string {
  hookLinks();
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true }) as string;
  const shifted = html.replace(/<(\/?)h[12]>/g, '<$1h3>');
  return DOMPurify.sanitize(shifted, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'] });
}

/** A `<div class="markdown">` holding the rendered text. */
export function renderMarkdown(markdown: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'text markdown';
  // The one innerHTML of the explorer: what it is given has just been sanitised above.
  element.innerHTML = markdownToSafeHtml(markdown);
  return element;
}
