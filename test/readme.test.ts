import * as fs from 'fs';
import { README, withRulesTable } from '../tools/rules-table';

test('the README rules table is generated from the rule registry (run `npx projen docs:rules` if this fails)', () => {
  const readme = fs.readFileSync(README, 'utf-8');
  expect(readme).toEqual(withRulesTable(readme));
});

test('the README opens with a Quick start of exactly two commands', () => {
  const readme = fs.readFileSync(README, 'utf-8');
  const section = readme.split('## Quick start')[1]?.split('\n## ')[0] ?? '';
  const commands = [...section.matchAll(/```(?:bash|sh)\n([\s\S]*?)```/g)].flatMap(m => m[1].trim().split('\n'));
  expect(commands).toEqual(['npm ci && npm run example', 'npm ci && npm test']);
});
