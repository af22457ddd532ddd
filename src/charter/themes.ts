// The charter's five themes: a plain list, so code that only needs the names does not load the schemas.
export const THEME_KEYS = ['health', 'education', 'safety', 'housing', 'work'] as const;
