/** Chinese (simplified): weekly reports and SIG minutes (`下周计划`, `3、TODO：`, `遗留问题`). Patterns match as prefixes. */
import type { Language } from './types.ts';

export const zh: Language = {
  code: 'zh',
  chrono: 'zh',
  headings: {
    excluded: [],
    attendance: [],
    done: ['已完成', '完成(情况|事项)?', '本周完成'],
    taskList: ['待办(事项)?', '行动项', '待完成', '待跟进', '遗留问题'],
    plan: ['计划', '下周', '明日计划', '下一步', '下(一)?阶段', '接下来', '后续(工作|计划)?', '工作计划', '未来工作'],
  },
  headingsAnywhere: {
    excluded: ['下次会议'],
    attendance: ['参会人员', '出席', '与会(人员)?'],
    plan: ['下周'],
  },
  decisions: ['决定', '决议'],
  markers: [],
  trailingMarkers: [],
  status: {
    done: ['已完成', '完成'],
    open: ['进行中'],
  },
  columns: {
    task: ['事项', '任务', '行动项', '待办'],
    owner: ['负责人', '责任人'],
    due: ['截止日期', '截止时间', '完成时间', '期限'],
    status: ['状态'],
    id: ['序号'],
  },
  dueWords: ['截止'],
  dueSuffixes: ['之前', '以前', '前'],
  scheduleWords: [],
  scheduleWeek: [],
  dates: {
    nextWeek: ['下周'],
    endOfMonth: ['月底'],
    endOfNamedMonth: ['{month}月底'],
    week: ['第{n}周'],
  },
  ownerJoins: [],
  placeholders: ['无', '暂无', '待定', '待讨论'],
  nextMeeting: ['下次会议'],
  documents: ['纪要', '会议', '日历'],
  bylines: [],
  dateLabels: ['日期'],
  abbreviations: [],
};
