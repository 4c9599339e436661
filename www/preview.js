// The demo page: loads the package and shows the seed letter's preview and diagnostics.
import init, { validate, renderHtml } from "./pkg/inspection_letter.js";

await init();
const letter = await (await fetch("examples/southend-2011.json")).json();
const diagnostics = validate(letter);
document.getElementById("status").textContent =
  `Southend-on-Sea, 17 May 2011: ${diagnostics.length} diagnostic(s).`;
const list = document.getElementById("diagnostics");
for (const d of diagnostics) {
  const item = document.createElement("li");
  item.textContent = `${d.severity} ${d.code} at ${d.path}: ${d.message}`;
  list.append(item);
}
document.getElementById("preview").innerHTML = renderHtml(letter, { highlight: true });
