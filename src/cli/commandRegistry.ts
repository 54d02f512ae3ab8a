// Every command of `npm run -s cli -- <command>`. Adding one is one file in commands/ plus one line here.
import type { Command } from './Command';
import { analyzeCommand } from './commands/analyze';
import { sliceCommand } from './commands/slice';
import { kbBuildCommand } from './commands/kbBuildCommand';
import { kbStatsCommand } from './commands/kbStats';
import { retrieveCommand } from './commands/retrieve';
import { adviseCommand } from './commands/advise';
import { kbIngestCommand } from './commands/kbIngest';
import { evalCommand } from './commands/eval';
import { suiteExportCommand } from './commands/suite';
import { evalJudgeCommand } from './commands/evalJudge';

export const COMMANDS: Command[] = [
  analyzeCommand,
  sliceCommand,
  kbBuildCommand,
  kbStatsCommand,
  retrieveCommand,
  adviseCommand,
  kbIngestCommand,
  evalCommand,
  suiteExportCommand,
  evalJudgeCommand,
];
