// <inspection-letter-form>: the form binding as markup, for pages that prefer it to code.
//
//   <script type="module" src="pkg/inspection-letter-element.js"></script>
//   <inspection-letter-form preview="#preview" summary="#summary" base="#letterhead">
//     <form> … controls with data-letter-path … </form>
//   </inspection-letter-form>
//
// Attributes: preview, summary, warnings (CSS selectors); base (the selector of a
// <script type="application/json"> holding the letter the form's values are laid over).
// A custom element cannot be defined from Rust alone, hence this small shim.
import init, { attach } from "./inspection_letter.js";

const ready = init();

export class InspectionLetterForm extends HTMLElement {
  async connectedCallback() {
    await ready;
    const form = this.querySelector("form");
    if (!form || this.binding || !this.isConnected) return;
    const options = {};
    for (const name of ["preview", "summary", "warnings"]) {
      if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    }
    const base = this.getAttribute("base");
    if (base) options.base = JSON.parse(document.querySelector(base)?.textContent ?? "{}");
    this.binding = attach(form, options);
    this.dispatchEvent(new CustomEvent("inspection-letter:ready", { bubbles: true }));
  }

  disconnectedCallback() {
    this.binding?.detach();
    this.binding = undefined;
  }
}

if (!customElements.get("inspection-letter-form")) {
  customElements.define("inspection-letter-form", InspectionLetterForm);
}
