/** Whether a role makes someone a decision maker: owners, managing directors, board, C-level. */

// Word-bounded, case-insensitive; German forms cover -in/-innen endings via the open prefix.
const DECISION_MAKER = [
  /gesch(?:ä|ae)ftsf(?:ü|ue)hr/i, /gesch(?:ä|ae)ftsleitung/i, /\binhaber/i, /\bvorstand/i, /\bvorsitzende/i,
  /\bgr(?:ü|ue)nder/i, /\bprokurist/i, /\bbetriebsleiter/i, /\bunternehmensleitung/i,
  /\bc[efotimrs]o\b/i, /\bchief\b[^,;]{1,40}\bofficer\b/i, /\b(?:co-?)?founder\b/i, /\bmanaging (?:director|partner)\b/i,
  /\bowner\b/i, /\bpresident\b/i, /\bchair(?:man|woman|person)?\b/i, /\bproprietor\b/i, /\bgeneral manager\b/i,
  /\bdirecteur g(?:é|e)n(?:é|e)ral\b/i, /\bg(?:é|e)rant/i, /\bamministratore delegato\b/i, /\bdirettore generale\b/i,
];

// Titles that contain a decision-maker word but are not one.
const NOT = [/\bproduct owner\b/i, /\bprocess owner\b/i, /\bvice[- ]president\b/i, /\b(?:assisten[tz]|sekret(?:ä|ae?)r|referent)/i];

export function isDecisionMakerRole(role: string): boolean {
  return DECISION_MAKER.some((r) => r.test(role)) && !NOT.some((r) => r.test(role));
}
