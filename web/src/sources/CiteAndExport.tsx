/** The API's citation and annotation exports, as downloads with what each is for. */
const EXPORTS = [
  {
    href: '/export/sources.bib',
    label: 'BibTeX',
    file: 'triangulate-sources.bib',
    note: 'The five sources for LaTeX, BibDesk or JabRef.',
  },
  {
    href: '/export/sources.ris',
    label: 'RIS',
    file: 'triangulate-sources.ris',
    note: 'The five sources for EndNote, Zotero or Mendeley.',
  },
  {
    href: '/export/sources.csl.json',
    label: 'CSL-JSON',
    file: 'triangulate-sources.csl.json',
    note: 'The five sources for citation processors (Pandoc, citeproc) and Zotero.',
  },
  {
    href: '/export/annotations.jsonld',
    label: 'Web Annotations',
    file: 'triangulate-annotations.jsonld',
    note: 'Every quoted claim and statistic as a W3C Web Annotation (JSON-LD) anchored by its exact quote and offsets.',
  },
] as const;

export function CiteAndExport() {
  return (
    <section className="cite-export" aria-labelledby="cite-export-title" data-testid="cite-export">
      <h2 id="cite-export-title" className="section-title">
        Cite and export
      </h2>
      <ul>
        {EXPORTS.map((e) => (
          <li key={e.href}>
            <a className="button secondary" href={e.href} download={e.file} data-testid="export-link">
              {e.label}
            </a>
            <span>{e.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
