// attach() on a plain form that carries no data-letter-path: options.fields maps paths to selectors.
import init, { attach } from "./pkg/inspection_letter.js";

await init();
const letter = await (await fetch("examples/southend-2011.json")).json();
delete letter.recipient.surname;
delete letter.recipient.postcode;
delete letter.date;
letter.findings = {};
window.plainBinding = attach(document.getElementById("plain"), {
  base: letter,
  preview: "#plain-preview",
  fields: {
    "/recipient/surname": "#f-surname",
    "/recipient/postcode": "#f-postcode",
    "/date": "#f-date",
    "/findings/strengths/": "#f-finding",
  },
});
