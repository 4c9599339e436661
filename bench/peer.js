// The stack a front-end developer would assemble instead: ajv (2020 dialect) with ajv-formats
// for the schema, and Nunjucks (what GOV.UK Frontend is built on) for the preview.
// Bundled and minified by esbuild for the browser benchmark and the size comparison.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import nunjucks from "nunjucks/browser/nunjucks.js";

export function compileSchema(schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function compileTemplate(source) {
  const env = new nunjucks.Environment(null, { autoescape: true });
  env.addFilter("longdate", (iso) => {
    const [y, m, d] = String(iso).split("-");
    return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  });
  return nunjucks.compile(source, env);
}
