// <inspection-letter-form>: the form binding as markup, for pages that prefer it to code.
//
//   <script type="module" src="pkg/inspection-letter-element.js"></script>
//   <inspection-letter-form preview="#preview" summary="#summary" base="#letterhead">
//     <form> … controls with data-letter-path … </form>
//   </inspection-letter-form>
//
// Attributes: preview, summary, warnings (CSS selectors); base (the selector of a
// <script type="application/json"> holding the letter the form's values are laid over).
// Events: `inspection-letter:ready` once the form is bound, `inspection-letter:error` (with
// `detail.error`) when the attributes are wrong.
// A custom element cannot be defined from Rust alone, hence this small shim.
import init, { attach } from "./inspection_letter.js";

const ready = init();

export class InspectionLetterForm extends HTMLElement {
  async connectedCallback() {
    await ready;
    const form = this.querySelector("form");
    if (!form || this.binding || !this.isConnected) return;
    // A mistake in the markup (a `base` that is missing or not JSON, a selector that finds
    // nothing) is said in the console and in an `inspection-letter:error` event, never thrown
    // where no page code can catch it; the form then works as it would without the element.
    try {
      this.binding = attach(form, this.options());
    } catch (error) {
      console.error(`<inspection-letter-form>: ${error.message}`);
      this.dispatchEvent(new CustomEvent("inspection-letter:error", { bubbles: true, detail: { error } }));
      return;
    }
    this.dispatchEvent(new CustomEvent("inspection-letter:ready", { bubbles: true }));
  }

  /** `attach`'s options from the element's attributes. */
  options() {
    const options = {};
    for (const name of ["preview", "summary", "warnings"]) {
      if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    }
    const base = this.getAttribute("base");
    if (base) {
      let holder;
      try {
        holder = document.querySelector(base);
      } catch {
        throw new Error(`base="${base}" is not a CSS selector`);
      }
      if (!holder) throw new Error(`base="${base}" finds no element on the page`);
      try {
        options.base = JSON.parse(holder.textContent);
      } catch (error) {
        throw new Error(`the letter in base="${base}" is not JSON: ${error.message}`);
      }
    }
    return options;
  }

  disconnectedCallback() {
    this.binding?.detach();
    this.binding = undefined;
  }
}

if (!customElements.get("inspection-letter-form")) {
  customElements.define("inspection-letter-form", InspectionLetterForm);
}
