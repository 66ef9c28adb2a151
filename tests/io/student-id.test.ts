import { describe, expect, it } from 'vitest';
import { checkStudentId, isStudentId } from '../../grader/io/student-id.ts';

describe('student ids as file names', () => {
  it.each(['s001', 'S-2026.017', 'a', 'sara_ahmadi', '9'.repeat(64), 'a..b'])('%j is accepted', (id) => {
    expect(checkStudentId(id)).toBeUndefined();
  });

  it.each(['', '.', '..', '.hidden', '-rf', '_x', '../etc/passwd', 'a/b', 'a\\b', 'con sole', 'x'.repeat(65), 'سارا', 's001\n', 'a\u0000b'])(
    '%j is refused',
    (id) => {
      expect(isStudentId(id)).toBe(false);
      expect(checkStudentId(id)).toMatch(/must be 1 to 64 letters, digits/);
    },
  );
});
