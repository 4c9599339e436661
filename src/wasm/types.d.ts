/** One finding: one or more complete sentences. */
export interface Finding {
  text: string;
  /** This was also an area for development at the previous inspection. */
  previously_identified?: boolean;
}

/** A person the letter is copied to. */
export interface CopyEntry {
  name: string;
  role?: string;
  organisation: string;
}

/** An Ofsted inspection letter (contract §1). Every field may be missing in a draft. */
export interface Letter {
  kind?: string;
  status?: "draft" | "final";
  sender?: {
    address?: string[];
    postcode?: string;
    telephone?: string;
    email?: string;
    website?: string;
    direct_telephone?: string;
    direct_fax?: string;
    direct_email?: string;
  };
  /** YYYY-MM-DD */
  date?: string;
  recipient?: {
    title?: string;
    forename?: string;
    surname?: string;
    role?: string;
    organisation?: string;
    address?: string[];
    postcode?: string;
  };
  council?: string;
  inspection?: {
    /** YYYY-MM-DD, in order */
    dates?: string[];
    evidence?: string[];
  };
  previous_inspection?: {
    /** YYYY-MM */
    month?: string;
    summary?: string;
  };
  outcome?: string;
  /** One list per section of the letter's kind. */
  findings?: Record<string, Finding[]>;
  signatory?: { name?: string; role?: string };
  copies?: CopyEntry[];
}

export type Severity = "error" | "warning";

/** One problem in a letter (contract §2). */
export interface Diagnostic {
  /** The rule's stable kebab-case code. */
  code: string;
  severity: Severity;
  /** A JSON Pointer into the letter; "" is the whole letter. */
  path: string;
  message: string;
  /** UTF-16 offsets into the string at `path`, for setSelectionRange. */
  span?: { start: number; end: number };
  /** A replacement for the span, or for the whole value when there is no span. */
  fix?: { replacement: string };
}

export interface Options {
  rules?: Record<string, "off" | "warning" | "error">;
  /** YYYY-MM-DD */
  today?: string;
  /** renderHtml only: mark every part that has a diagnostic. */
  highlight?: boolean;
}

export interface RuleInfo {
  code: string;
  severity: Severity;
  family: string;
  summary: string;
  docs: string;
}

export interface KindInfo {
  id: string;
  name: string;
  /** `previously_identified`: the sentence the letter adds to a finding marked so. */
  sections: { key: string; heading: string; previously_identified: string }[];
}

export interface ImportResult {
  letter: Letter;
  diagnostics: Diagnostic[];
}

/** Options of `attach(form, options)`. */
export interface AttachOptions {
  /** Letter paths and CSS selectors, for forms whose markup cannot carry data-letter-path. */
  fields?: Record<string, string>;
  /** Where the live preview goes: an element or a CSS selector. */
  preview?: Element | string;
  /** Where the error summary goes; by default the top of the page's <main>. */
  summary?: Element | string;
  /** Where warnings go; by default the top of the form. */
  warnings?: Element | string;
  /** A letter the form's values are laid over: the letterhead, the kind, and so on. */
  base?: Letter;
  rules?: Record<string, "off" | "warning" | "error">;
  today?: string;
}

/** The detail of the `inspection-letter:validate` event. */
export interface ValidateEventDetail {
  letter: Letter;
  diagnostics: Diagnostic[];
}

/** The binding `attach` returns (the binding is JavaScript: src/wasm/form.js). */
export class FormBinding {
  private constructor();
  free(): void;
  [Symbol.dispose](): void;
  /** Removes every listener and every trace, and restores the form as it was. */
  detach(): void;
  /**
   * Writes `letter` into the form's controls, the inverse of `letter()`, and lets the page hear
   * of it (an `input` event from each control it changed). Returns the JSON Pointers of the
   * letter's values the form did not take in (no control for them, or a value no option has),
   * so that nothing is lost unseen. Throws an `Error` for anything but a letter-like object.
   */
  fill(letter: Letter): string[];
  /** The letter as the form holds it now. */
  letter(): Letter;
  /** Validates the form now and shows the messages, as a submit would; returns the diagnostics. */
  validate(): Diagnostic[];
}

/** Binds an existing form. `options`: `{ fields?, preview?, summary?, warnings?, base?, rules?, today? }`. */
export function attach(form: HTMLFormElement, options: AttachOptions): FormBinding;
