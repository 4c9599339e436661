// The package imported by its name and its `exports` paths, as an application that installed
// it does (scripts/test.sh links pkg/ as tests/ts/node_modules/inspection-letter): the types
// resolve through package.json, the custom element's included.
import init, { validate, type Diagnostic } from "inspection-letter";
import { InspectionLetterForm } from "inspection-letter/element";
import "inspection-letter/inspection-letter.css";

export async function byName(): Promise<Diagnostic[]> {
  await init();
  const element: InspectionLetterForm | null = document.querySelector("inspection-letter-form");
  element?.addEventListener("inspection-letter:error", (event) => {
    const message: string = event.detail.error.message;
    console.log(message);
  });
  const options = element?.options() ?? {};
  const bound: boolean = element?.binding !== undefined;
  console.log(options.preview, bound);
  // The tag name gives the element's type.
  const tagged: InspectionLetterForm = document.createElement("inspection-letter-form");
  tagged.disconnectedCallback();
  return validate({ kind: "ucra-2011" });
}
