import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * `<p ${presentIf(text)}>…</p>`: the element is in the DOM only while `value` is truthy; otherwise
 * an empty comment holds its place (so it leaves no box, part or accessible node behind). Its own
 * bindings keep updating it while it is out, so it comes back current.
 *
 * Only on an element (an ElementPart). One template with a few of these renders an element with any of its fields missing, where a
 * nested template per optional piece would clone and wire up one more template instance each
 * (most of the cost of rendering a `<news-card>`).
 *
 * The element must not directly follow a child binding (`${x}<p ${presentIf(y)}>` with nothing
 * between): Lit inserts that binding's content before it.
 * @internal
 */
class PresentIf extends Directive {
  #mark?: Comment;

  render(_value: unknown) {
    return noChange;
  }

  override update({ element }: ElementPart, [value]: [unknown]) {
    if (value) this.#mark?.replaceWith(element);
    else element.replaceWith((this.#mark ??= new Comment()));
    return noChange;
  }
}

export const presentIf = directive(PresentIf);
