/**
 * One look per demo outlet, so the demo shows Recoupe on pages that do not resemble each other
 * (fonts, widths, columns, colours), as it would meet them on real news sites.
 */
import type { ThemeName } from './demo-articles';

const BASE_CSS = `
*{box-sizing:border-box}
body{margin:0;line-height:1.6;color:#1b1b1b;background:#fff}
a{color:inherit}
.skip{position:absolute;left:-999px}
.masthead{padding:12px 24px}
.masthead .brand{font-size:28px;font-weight:700;text-decoration:none}
.masthead .tagline{display:block;font-size:12px;opacity:.75}
nav ul{list-style:none;margin:0;padding:0 24px;display:flex;flex-wrap:wrap;gap:18px}
nav a{text-decoration:none;font-size:14px}
.layout{max-width:1080px;margin:0 auto;padding:24px;display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:40px}
.byline{font-size:14px;opacity:.8}
.related h2,.newsletter h2{font-size:16px;margin:0 0 8px}
.related ul{padding-left:18px}
.newsletter{margin-top:24px;padding:16px;border-radius:6px}
.newsletter input{width:100%;padding:8px;margin:6px 0;font:inherit}
.newsletter button{padding:8px 14px;font:inherit;cursor:pointer}
footer{padding:24px;font-size:13px}
@media (max-width:800px){.layout{grid-template-columns:1fr}}
`;

const THEMES: Record<ThemeName, string> = {
  broadsheet: `
body{font-family:Georgia,'Times New Roman',serif}
.masthead{text-align:center;border-bottom:3px double #222}
.masthead .brand{font-size:40px;letter-spacing:1px}
nav{border-bottom:1px solid #ccc;padding:8px 0}nav ul{justify-content:center}
h1{font-size:38px;line-height:1.15;font-weight:400}
article p{font-size:19px}
.newsletter{background:#f4f1ea}.newsletter button{background:#222;color:#fff;border:0}
footer{border-top:1px solid #ccc;text-align:center}`,
  independent: `
body{font-family:'Helvetica Neue',Arial,sans-serif;background:#fafafa}
.masthead{background:#0a2540;color:#fff}.masthead .brand{font-weight:800}
nav{background:#123a63;padding:8px 0}nav a{color:#fff;text-transform:uppercase;font-size:12px;letter-spacing:.08em}
h1{font-size:32px;line-height:1.2;color:#0a2540}
article p{font-size:17px}
.newsletter{background:#ffd84d}.newsletter button{background:#0a2540;color:#fff;border:0}
footer{background:#0a2540;color:#dfe7f1}`,
  wire: `
body{font-family:Arial,Helvetica,sans-serif}
.masthead{background:#c00;color:#fff;display:flex;align-items:center;gap:24px}
.masthead .brand{background:#fff;color:#c00;padding:0 10px}
nav{background:#111;padding:10px 0}nav a{color:#eee;font-weight:700}
.layout{max-width:1200px}
h1{font-size:34px;line-height:1.2}
article p{font-size:18px;margin:0 0 22px}
.newsletter{border:1px solid #ddd}.newsletter button{background:#c00;color:#fff;border:0}
footer{background:#111;color:#bbb}`,
  tabloid: `
body{font-family:Verdana,Geneva,sans-serif;background:#fff8f0}
.masthead{background:#ffcc00;border-bottom:6px solid #111}
.masthead .brand{font-family:Impact,'Arial Black',sans-serif;font-size:44px;text-transform:uppercase}
nav{background:#111;padding:6px 0}nav a{color:#ffcc00}
h1{font-family:Impact,'Arial Black',sans-serif;font-size:40px;line-height:1.1;text-transform:uppercase}
article p{font-size:16px}
article p:first-of-type{font-weight:700;font-size:19px}
.newsletter{background:#111;color:#fff}.newsletter button{background:#ffcc00;border:0}
footer{border-top:6px solid #111}`,
  magazine: `
body{font-family:'Palatino Linotype',Palatino,serif;background:#f7f7f2}
.masthead{display:flex;justify-content:space-between;align-items:baseline;border-bottom:1px solid #999}
.masthead .brand{font-style:italic;font-weight:400;font-size:34px}
nav{padding:8px 0}nav a{font-variant:small-caps;font-size:16px}
.layout{max-width:960px;grid-template-columns:minmax(0,1fr) 240px}
h1{font-size:36px;line-height:1.2;font-weight:400;font-style:italic}
article h2{font-size:22px;font-weight:400;border-top:1px solid #bbb;padding-top:16px}
article p{font-size:18px;text-align:justify;hyphens:auto}
.newsletter{border:1px solid #999}.newsletter button{background:none;border:1px solid #333}
footer{border-top:1px solid #999;font-style:italic}`,
};

export function themeCss(theme: ThemeName): string {
  return BASE_CSS + THEMES[theme];
}
