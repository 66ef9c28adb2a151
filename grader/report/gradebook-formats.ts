// The gradebook layouts and their options by name only, importing nothing: the commands list
// them in their help when the CLI starts, before any gradebook is written.
export const GRADEBOOK_FORMATS = ['plain', 'canvas', 'moodle'] as const;
export type GradebookFormat = (typeof GRADEBOOK_FORMATS)[number];

/** Canvas: one column per assignment (the default), or one per exercise. */
export const CANVAS_COLUMNS = ['assignments', 'exercises'] as const;
export type CanvasColumns = (typeof CANVAS_COLUMNS)[number];

/** Moodle: the user field its importer identifies rows by. */
export const MOODLE_USER_FIELDS = ['idnumber', 'email', 'username'] as const;
export type MoodleUserField = (typeof MOODLE_USER_FIELDS)[number];
