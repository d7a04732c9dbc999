import { SPLIT_NAMES } from '@dataset/domain';
import { barChart, escapeXml as escape, histogram, histogramBins, tally } from './charts';
import { ReleaseReportInput, type ParsedReportInput } from './input';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1d2330}
h1{font-size:22px;margin:8px 0}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dde2ea;padding-bottom:4px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceff4;vertical-align:top}
th{background:#f5f7fa}.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:16px}
figure{margin:0;border:1px solid #e3e7ee;border-radius:6px;padding:8px;overflow-x:auto}figcaption{font-weight:600;margin-bottom:6px}
svg.chart{max-width:100%;height:auto}svg.chart .bar{fill:#4c78a8}svg.chart text{font:11px system-ui,sans-serif;fill:#1d2330}svg.chart .empty{fill:#8a93a3}
.level-error{color:#b42318;font-weight:600}.level-warning{color:#b54708}.level-info{color:#475467}
.status-included{color:#067647}.status-rejected,.status-missing{color:#b42318}.status-dropped{color:#b54708}
#template-search{width:100%;max-width:420px;padding:6px 8px;font-size:14px;margin:4px 0}
td.thumbnail img{max-width:160px;max-height:90px}details summary{cursor:pointer}
`;

/** Filters the template table as the user types; the only script on the page. */
const SEARCH_SCRIPT = `
(function () {
  var input = document.getElementById('template-search');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#template-table tbody tr'));
  var count = document.getElementById('template-count');
  function apply() {
    var query = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var match = query === '' || row.textContent.toLowerCase().indexOf(query) !== -1;
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown + ' of ' + rows.length + ' templates';
  }
  input.addEventListener('input', apply);
  apply();
})();
`;

function figure(id: string, caption: string, svg: string, attributes = ''): string {
  return `<figure id="${escape(id)}"${attributes}><figcaption>${escape(caption)}</figcaption>${svg}</figure>`;
}

function figures(input: ParsedReportInput): string {
  const bins = histogramBins(input.exampleTokens.map((e) => e.tokens));
  const tokenFigures = SPLIT_NAMES.map((split) => {
    const values = input.exampleTokens.filter((e) => e.split === split).map((e) => e.tokens);
    return figure(`fig-tokens-${split}`, `Token length per example — ${split} (${values.length} examples)`, barChart(`chart-tokens-${split}`, `token length histogram, ${split}`, histogram(values, bins)), ` data-split="${split}"`);
  });
  const perTemplate = input.templates
    .filter((t) => t.examples > 0)
    .map((t) => ({ label: t.templateId, count: t.examples }))
    .sort((a, b) => (a.label < b.label ? -1 : 1));
  // Fix codes carry details after a colon (`renamed-suffix:a→b`); the figure counts kinds, the table keeps details.
  const fixes = tally(input.templates.flatMap((t) => t.fixes.map((fix) => fix.split(':')[0]!)));
  const rejections = tally(input.rejections.map((r) => r.code));
  const duplicates = [
    { label: 'exact duplicate groups', count: input.duplicates.filter((d) => d.kind === 'exact').length },
    { label: 'near-duplicate groups', count: input.duplicates.filter((d) => d.kind === 'near').length },
    { label: 'templates in a group', count: new Set(input.duplicates.flatMap((d) => d.templateIds)).size },
  ];
  return [
    ...tokenFigures,
    figure('fig-examples-per-template', 'Examples per template', barChart('chart-examples-per-template', 'examples per template', perTemplate)),
    figure('fig-fixes', 'Sanitizer fixes applied', barChart('chart-fixes', 'fixes applied', fixes)),
    figure('fig-rejections', 'Rejections by reason', barChart('chart-rejections', 'rejections by reason', rejections)),
    figure('fig-duplicates', 'Duplicates found', barChart('chart-duplicates', 'duplicates found', duplicates)),
  ].join('\n');
}

function summary(input: ParsedReportInput): string {
  const levels = (['error', 'warning', 'info'] as const).map((level) => `${input.findings.filter((f) => f.level === level).length} ${level}`);
  const rows = SPLIT_NAMES.map((split) => {
    const stats = input.tokenStats[split];
    const templates = input.templates.filter((t) => t.status === 'included' && t.split === split).length;
    const tokens = stats ? `${stats.min} / ${stats.mean} / ${stats.p50} / ${stats.p90} / ${stats.max}` : '—';
    return `<tr><td>${split}</td><td>${input.examplesPerSplit[split]}</td><td>${templates}</td><td>${tokens}</td></tr>`;
  });
  const cost = input.cost
    ? `<p>${escape(input.cost.encoding)} / ${escape(input.cost.model)}: ${input.cost.billedTrainingTokens} billed training tokens over ${input.cost.epochs} epoch(s), about $${input.cost.estimatedCostUsd.toFixed(2)}.</p>`
    : '';
  return `<table id="split-summary"><thead><tr><th>split</th><th>examples</th><th>templates</th><th>tokens min / mean / p50 / p90 / max</th></tr></thead><tbody>${rows.join('')}</tbody></table>${cost}<p id="finding-counts">Quality gates: ${levels.join(', ')}.</p>`;
}

function findingsTable(input: ParsedReportInput): string {
  if (input.findings.length === 0) return '<p>No findings.</p>';
  const rows = input.findings.map((f) => `<tr><td class="level-${f.level}">${f.level}</td><td><code>${escape(f.rule)}</code></td><td>${escape(f.message)}</td></tr>`);
  return `<table id="findings-table"><thead><tr><th>level</th><th>rule</th><th>message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function policyTables(input: ParsedReportInput): string {
  const { overrides, waivers } = input.policy;
  const overrideRows = overrides.map((o) => `<tr><td><code>${escape(o.rule)}</code></td><td>${escape(o.severity)}</td><td>${o.findings}</td></tr>`);
  const waiverRows = waivers.map((w) => `<tr><td><code>${escape(w.rule)}</code></td><td><code>${escape(w.templateId)}</code></td><td>${escape(w.reason)}</td><td>${w.findings}</td></tr>`);
  const ignoredRows = input.ignoredFields.map((f) => `<tr><td>${escape(f.source)}</td><td><code>${escape(f.field)}</code></td><td>${f.count}</td></tr>`);
  return [
    overrideRows.length ? `<table id="rule-overrides"><thead><tr><th>rule</th><th>severity</th><th>findings changed</th></tr></thead><tbody>${overrideRows.join('')}</tbody></table>` : '<p>No rule severity overrides.</p>',
    waiverRows.length ? `<table id="waivers"><thead><tr><th>rule</th><th>template</th><th>reason</th><th>findings waived</th></tr></thead><tbody>${waiverRows.join('')}</tbody></table>` : '<p>No waivers.</p>',
    ignoredRows.length ? `<table id="ignored-fields"><thead><tr><th>source</th><th>field not read</th><th>records</th></tr></thead><tbody>${ignoredRows.join('')}</tbody></table>` : '<p>Every field of the outside files was read.</p>',
  ].join('\n');
}

function templateTable(input: ParsedReportInput): string {
  const rows = [...input.templates]
    .sort((a, b) => (a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : 0))
    .map((t) => {
      const prompts = t.prompts.length
        ? `<details><summary>${t.prompts.length} prompt(s)</summary><ol>${t.prompts.map((p) => `<li>${escape(p)}</li>`).join('')}</ol></details>`
        : '0';
      const notes = [...t.fixes.map((f) => `fix ${f}`), ...t.redactions.map((r) => `redacted: ${r}`), ...t.waivers.map((w) => `waived ${w}`)];
      const thumbnail = t.thumbnail ? `<img src="${escape(t.thumbnail)}" alt="${escape(t.templateId)} thumbnail" loading="lazy">` : '';
      return (
        `<tr data-template-id="${escape(t.templateId)}" data-status="${t.status}" data-split="${t.split ?? ''}">` +
        `<td><code>${escape(t.templateId)}</code></td><td class="status-${t.status}">${t.status}</td><td>${t.split ?? '—'}</td>` +
        `<td>${prompts}</td><td>${escape(t.failureReason ?? '')}</td><td class="notes">${notes.map((n) => escape(n)).join('<br>')}</td><td class="thumbnail" data-thumbnail-for="${escape(t.templateId)}">${thumbnail}</td></tr>`
      );
    });
  return (
    `<input id="template-search" type="search" placeholder="Search templates, status, split, prompts, reasons…" aria-label="Search templates">` +
    `<p id="template-count">${rows.length} of ${rows.length} templates</p>` +
    `<table id="template-table"><thead><tr><th>template</th><th>status</th><th>split</th><th>prompts</th><th>failure reason</th><th>fixes, redactions, waivers</th><th>thumbnail</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/**
 * The release's report.html: one file, no network (the CSP forbids any fetch), static SVG figures
 * and a searchable template table. Same input, same bytes.
 */
export function renderReportHtml(rawInput: ReleaseReportInput): string {
  const input = ReleaseReportInput.parse(rawInput);
  const title = `${input.dataset.name} ${input.dataset.tag} — dataset report`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data: file:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p>Seed ${input.dataset.seed}. ${escape(input.dataset.description)}</p>
<h2>Summary</h2>
${summary(input)}
<h2>Figures</h2>
<div class="figures">
${figures(input)}
</div>
<h2>Findings</h2>
${findingsTable(input)}
<h2>Config</h2>
${policyTables(input)}
<h2>Templates</h2>
${templateTable(input)}
<script>${SEARCH_SCRIPT}</script>
</body>
</html>
`;
}
