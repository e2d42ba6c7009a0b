import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * "Skip past this widget" for keyboard users: a link, visible only when focused, at the start of a long
 * widget; activating it moves focus to a target at the widget's end, so the next Tab leaves the widget.
 * A fragment link cannot do this: `#id` does not reach into a shadow root. The link finds the landing point
 * in its own shadow root (one per widget) when it is used, so no ref directive ships with every widget.
 */
export class SkipPast implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The link, first thing in the widget. */
  link(label: string): TemplateResult {
    return html`<a class="siip-skip-link" part="skip-link" href="#" @click=${this.#skip}>${label}</a>`;
  }

  /**
   * The landing point, last thing in the widget. It says where the reader is ("End of the map"), and it
   * must have a box: Chrome restarts Tab from the top of the page when the focused element has none.
   */
  end(label: string): TemplateResult {
    return html`<span class="siip-skip-end siip-visually-hidden" tabindex="-1">${label}</span>`;
  }

  #skip = (event: Event): void => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    const end = root.querySelector<HTMLElement>('.siip-skip-end');
    if (!end) return;
    // From a tabindex=-1 element inside a shadow root, Chrome's next Tab restarts at the root's first
    // stop; a real (temporary) stop lets Tab continue after the widget. It stops being one on blur.
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  };
}
