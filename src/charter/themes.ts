// The charter's five themes: a plain list, so code that only needs the names does not load the schemas.
export const THEME_KEYS = ['health', 'education', 'safety', 'housing', 'work'] as const;

export type ThemeName = (typeof THEME_KEYS)[number];

/** Each theme as people write it, in Dutch and English (the lexicon's names; a test keeps them equal). */
export const THEME_NAMES: Record<ThemeName, { nl: string; en: string }> = {
  health: { nl: 'gezondheid', en: 'health' },
  education: { nl: 'onderwijs', en: 'education' },
  safety: { nl: 'veiligheid', en: 'safety' },
  housing: { nl: 'wonen', en: 'housing' },
  work: { nl: 'werk', en: 'work' },
};

/** Every word a theme parameter accepts: the keys and the Dutch names ("veiligheid", "safety"). */
export const THEME_WORDS = [
  ...new Set(THEME_KEYS.flatMap((k) => [k, THEME_NAMES[k].nl, THEME_NAMES[k].en])),
] as [string, ...string[]];

/** "Veiligheid", "safety", "SAFETY" -> "safety"; null for anything else. */
export function themeKey(text: string): ThemeName | null {
  const w = text.trim().toLowerCase();
  return THEME_KEYS.find((k) => k === w || THEME_NAMES[k].nl === w || THEME_NAMES[k].en === w) ?? null;
}

/** The message for a theme nobody knows, naming each theme in both languages. */
export const themeChoices = () =>
  THEME_KEYS.map((k) => `${THEME_NAMES[k].nl}/${THEME_NAMES[k].en}`).join(', ');
