// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures are broken field by field
type Json = Record<string, any>;

/**
 * A small synthetic résumé in Chinese and English that passes every check: one of each kind of
 * entry this site uses, so a test can break one thing and expect exactly that problem.
 */
export function translatedResumes(): { zh: Json; en: Json } {
  const shared = {
    work: [
      { id: 'acme', startDate: '2018-07', endDate: '2021-06' },
      { id: 'globex', startDate: '2021-07' },
    ],
    education: [{ id: 'state-university', startDate: '2014-09', endDate: '2018-06' }],
    projects: [
      { id: 'task-scheduler', employer: 'globex' },
      { id: 'query-parser', entity: 'example', url: 'https://github.com/example/query-parser' },
    ],
    contributions: [
      { id: 'query-engine', url: 'https://github.com/example/engine/commits', commits: 7 },
    ],
  };
  const zh = {
    meta: { language: 'zh' },
    basics: {
      name: '张三',
      label: 'Rust工程师',
      email: 'someone@example.com',
      profiles: [{ network: 'GitHub', username: 'example', url: 'https://github.com/example' }],
    },
    work: [
      { ...shared.work[0], name: '甲公司', position: '后端工程师', summary: '开发供应链平台' },
      { ...shared.work[1], name: '乙公司', position: 'Rust工程师', summary: '设计数据产品' },
    ],
    education: [
      { ...shared.education[0], institution: '某大学', area: '计算机科学', studyType: '本科' },
    ],
    projects: [
      {
        ...shared.projects[0],
        name: '任务调度器',
        description: '自研任务调度器，并发从50增长至800',
        background: '旧调度器无人维护',
        responsibility: '独立完成设计与开发',
        keywords: ['Java', 'ZooKeeper'],
        challenges: ['多级缓存队列', '选主与心跳检测'],
        highlights: ['任务不再丢失'],
        references: [{ name: 'ZooKeeper', url: 'https://zookeeper.apache.org' }],
      },
      {
        ...shared.projects[1],
        name: '查询解析器',
        description: '用Rust写的SQL解析器',
        keywords: ['Rust'],
      },
    ],
    contributions: [{ ...shared.contributions[0], name: 'example/engine' }],
    skills: [{ name: '编程语言', keywords: ['Rust', 'Java'] }],
    awards: [{ title: '黑客松一等奖', awarder: '某社区', date: '2022-10' }],
  };
  const en = {
    meta: { language: 'en' },
    basics: {
      name: 'San Zhang',
      label: 'Rust Engineer',
      email: 'someone@example.com',
      profiles: [{ network: 'GitHub', username: 'example', url: 'https://github.com/example' }],
    },
    work: [
      {
        ...shared.work[0],
        name: 'Acme',
        position: 'Backend Engineer',
        summary: 'Built a supply-chain platform.',
      },
      {
        ...shared.work[1],
        name: 'Globex',
        position: 'Rust Engineer',
        summary: 'Designed a data product.',
      },
    ],
    education: [
      {
        ...shared.education[0],
        institution: 'State University',
        area: 'Computer Science',
        studyType: 'Bachelor',
      },
    ],
    projects: [
      {
        ...shared.projects[0],
        name: 'Task Scheduler',
        description: 'Built a task scheduler in-house as concurrency grew from 50 to 800.',
        background: 'The old scheduler was unmaintained.',
        responsibility: 'Designed and built it alone.',
        keywords: ['Java', 'ZooKeeper'],
        challenges: ['Multi-level cache queues.', 'Leader election and heartbeats.'],
        highlights: ['Tasks were no longer lost.'],
        references: [{ name: 'ZooKeeper', url: 'https://zookeeper.apache.org' }],
      },
      {
        ...shared.projects[1],
        name: 'Query Parser',
        description: 'A SQL parser in Rust.',
        keywords: ['Rust'],
      },
    ],
    contributions: [{ ...shared.contributions[0], name: 'example/engine' }],
    skills: [{ name: 'Languages', keywords: ['Rust', 'Java'] }],
    awards: [{ title: 'Hackathon, first prize', awarder: 'A community', date: '2022-10' }],
  };
  return structuredClone({ zh, en });
}
