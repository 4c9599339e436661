// Type-checked by `tsc` against pkg/inspection_letter.d.ts, so the declarations cannot rot.
import init, {
  attach,
  importText,
  kinds,
  renderHtml,
  renderText,
  rules,
  schema,
  validate,
  version,
  type AttachOptions,
  type Diagnostic,
  type ImportResult,
  type KindInfo,
  type Letter,
  type Options,
  type RuleInfo,
} from "../../pkg/inspection_letter.js";

export async function use(form: HTMLFormElement): Promise<string> {
  await init();
  const letter: Letter = {
    kind: "ucra-2011",
    status: "draft",
    date: "2011-05-17",
    recipient: { title: "Ms", surname: "Cook", address: ["Civic Centre"], postcode: "SS2 6ER" },
    inspection: { dates: ["2011-04-12", "2011-04-13"], evidence: ["case records"] },
    findings: { strengths: [{ text: "Staff are well supported.", previously_identified: false }] },
    copies: [{ name: "Rob Tinlin", organisation: "Southend-on-Sea Borough Council" }],
  };
  const options: Options = { rules: { "sentence-too-long": "off" }, today: "2011-05-20", highlight: true };
  const diagnostics: Diagnostic[] = validate(letter, options);
  const first: Diagnostic | undefined = diagnostics[0] ?? validate(letter)[0];
  const where: string = first ? `${first.code} ${first.severity} ${first.path} ${first.span?.start ?? ""} ${first.fix?.replacement ?? ""}` : "";
  const html: string = renderHtml(letter, options);
  const text: string = renderText(letter);
  const imported: ImportResult = importText(text);
  const catalogue: RuleInfo[] = rules();
  const sections: string[] = kinds().flatMap((k: KindInfo) => k.sections.map((s) => s.key));
  const attachOptions: AttachOptions = { preview: "#preview", base: { kind: "ucra-2011" }, fields: { "/council": "#council" } };
  const binding = attach(form, attachOptions);
  const read: Letter = binding.letter();
  const again: Diagnostic[] = binding.validate();
  const notTaken: string[] = binding.fill(read);
  binding.detach();
  return [where, html, imported.letter.kind, catalogue[0].docs, sections.join(), version(), JSON.stringify(schema()), read.council, again.length, notTaken.length].join();
}
