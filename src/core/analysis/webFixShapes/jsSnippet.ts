// Express snippet builder shared by the JavaScript fix-shape cases.

const EXPRESS = "const express = require('express');\nconst app = express();\n";

/** An Express route whose handler body is `body` (two-space indented lines). */
export const route = (requires: string, body: string, extra = ''): string =>
  `${EXPRESS}${requires}${extra}\napp.get('/item', (req, res) => {\n${body}});\n`;
