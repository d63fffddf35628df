/** What the popup offers when research found nothing: a web search for the company, prepared. */

/** A web search for the company name and city, opened by the rep's click (Leadfill fetches nothing from it). */
export function webSearchUrl(company: string, city: string): string {
  const q = [company, city, 'Impressum OR Kontakt OR contact'].filter((s) => s.trim()).join(' ');
  return `https://duckduckgo.com/?q=${encodeURIComponent(q)}`;
}
