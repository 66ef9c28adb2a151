// The cache of the student commands (parse-cache-folder.ts), as their help tells it: here, so
// that registering the commands loads none of their work.
export const CACHE_NAME = 'ml-exercise-grader';

export const CACHE_HELP = `
Environment:
  GRADER_CACHE_DIR  where the course's parsed exercise files are kept between runs
                    (default: ~/.cache/${CACHE_NAME}); "off" keeps none`;
