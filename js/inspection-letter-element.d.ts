/* The custom element `<inspection-letter-form>`, registered when this module is loaded. */
import type { AttachOptions, FormBinding } from "./inspection_letter.js";

/**
 * `<inspection-letter-form preview="#preview" summary="#summary" warnings="#warnings"
 * base="#letterhead"><form>…</form></inspection-letter-form>`: binds the form it wraps, as
 * `attach(form, options)` does, with the options read from its attributes (`base` is the
 * selector of a `<script type="application/json">` holding the letter the form's values are laid
 * over). Dispatches `inspection-letter:ready` once bound and `inspection-letter:error` (with
 * `detail.error`) when its attributes are wrong.
 */
export declare class InspectionLetterForm extends HTMLElement {
  /** The binding, once the element is connected and its form bound. */
  binding?: FormBinding;
  connectedCallback(): Promise<void>;
  disconnectedCallback(): void;
  /** `attach`'s options read from the attributes; throws an `Error` that says what is wrong. */
  options(): AttachOptions;
}

declare global {
  interface HTMLElementTagNameMap {
    "inspection-letter-form": InspectionLetterForm;
  }
  interface HTMLElementEventMap {
    "inspection-letter:ready": CustomEvent<null>;
    "inspection-letter:error": CustomEvent<{ error: Error }>;
  }
}
