/** One stylesheet, inline in the page: the view must work offline and load nothing else. */
export const BOARD_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
  margin: 0; min-height: 100vh;
  font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", Ubuntu, "Helvetica Neue", sans-serif;
  color: #172b4d; background: linear-gradient(135deg, #0079bf 0%, #0067a3 60%, #005a8e 100%);
}
header.board-header {
  display: flex; align-items: center; gap: 12px; flex-wrap: wrap;
  padding: 12px 20px; background: rgba(0, 0, 0, 0.24); color: #fff;
}
header.board-header h1 { margin: 0; font-size: 18px; font-weight: 700; }
.badge-readonly { font-size: 12px; padding: 2px 8px; border-radius: 4px; background: rgba(255, 255, 255, 0.2); }
.board-meta { font-size: 12px; opacity: 0.85; }
.board-header .members { margin-left: auto; }
main.board { display: flex; align-items: flex-start; gap: 12px; padding: 16px 20px 32px; overflow-x: auto; }
section.list {
  flex: 0 0 280px; max-width: 280px; background: #f1f2f4; border-radius: 12px;
  padding: 8px; box-shadow: 0 1px 1px rgba(9, 30, 66, 0.25);
}
section.list.archived-list { opacity: 0.85; }
.list-header { display: flex; justify-content: space-between; align-items: baseline; padding: 6px 8px 8px; }
.list-header h2 { margin: 0; font-size: 14px; font-weight: 600; overflow-wrap: anywhere; }
.count { font-size: 12px; color: #626f86; }
ol.cards { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
article.card {
  background: #fff; border-radius: 8px; padding: 8px 10px 10px;
  box-shadow: 0 1px 1px rgba(9, 30, 66, 0.25), 0 0 1px rgba(9, 30, 66, 0.31);
  overflow-wrap: anywhere;
}
article.card:target { outline: 2px solid #0c66e4; }
article.card.closed { background: #f7f8f9; }
.labels { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.label { display: inline-block; min-width: 40px; height: 16px; padding: 0 8px; border-radius: 4px;
  font-size: 11px; font-weight: 600; line-height: 16px; }
h3.card-title { margin: 0 0 4px; font-size: 14px; font-weight: 400; }
.badges { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-top: 4px; font-size: 12px; color: #44546f; }
.badge { display: inline-flex; align-items: center; gap: 3px; padding: 1px 4px; border-radius: 3px; }
.badge.due.overdue { background: #ffd5d2; color: #ae2e24; }
.badge.due.soon { background: #f8e6a0; color: #7f5f01; }
.badge.archived-tag { background: #dcdfe4; color: #44546f; font-weight: 600; }
.badge.complete { background: #1f845a; color: #fff; }
.icon { flex: none; }
.badges .members { margin-left: auto; }
.members { display: inline-flex; gap: 2px; }
.avatar { display: inline-flex; align-items: center; justify-content: center; width: 24px; height: 24px;
  border-radius: 50%; background: #dfe1e6; color: #172b4d; font-size: 10px; font-weight: 700; }
header .avatar { width: 28px; height: 28px; background: #fff; }
details.comments, details.archived, details.archived-lists { margin-top: 6px; }
details > summary { cursor: pointer; color: #44546f; font-size: 12px; }
details.desc { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: #f7f8f9; }
details.desc > summary { list-style: none; font-size: 11px; font-weight: 600; color: #626f86; }
details.desc > summary::-webkit-details-marker { display: none; }
details.desc > summary::before { content: "\\25B8\\00A0"; }
details.desc[open] > summary::before { content: "\\25BE\\00A0"; }
.markdown { font-size: 12.5px; color: #172b4d; }
.markdown > :first-child { margin-top: 4px; }
.markdown > :last-child { margin-bottom: 0; }
.markdown p, .markdown ul, .markdown ol { margin: 4px 0; }
.markdown ul, .markdown ol { padding-left: 20px; }
.markdown code { background: #e9ebee; border-radius: 3px; padding: 0 3px; font-size: 11.5px; word-break: break-all; }
.markdown blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #dcdfe4; color: #44546f; }
.markdown pre { background: #f1f2f4; padding: 6px; border-radius: 4px; overflow-x: auto; }
.markdown a, .attachments a { color: #0c66e4; }
.checklist { margin-top: 8px; }
.checklist-head { display: flex; justify-content: space-between; font-size: 12px; font-weight: 600; }
.progress { height: 6px; margin: 3px 0 4px; border-radius: 3px; background: #dcdfe4; overflow: hidden; }
.progress > span { display: block; height: 100%; background: #579dff; }
.progress.done > span { background: #22a06b; }
ul.check-items { list-style: none; margin: 0; padding: 0; font-size: 13px; }
ul.check-items li::before { content: "\\2610"; margin-right: 6px; color: #626f86; }
ul.check-items li.complete { color: #626f86; text-decoration: line-through; }
ul.check-items li.complete::before { content: "\\2611"; color: #22a06b; }
ul.attachments { margin: 6px 0 0; padding-left: 18px; font-size: 12px; }
ol.comment-list { list-style: none; margin: 4px 0 0; padding: 0; font-size: 12px; }
ol.comment-list li { border-left: 3px solid #dcdfe4; padding-left: 6px; margin-bottom: 4px; }
.comment-meta { color: #626f86; }
details.archived { border-top: 1px solid #dcdfe4; padding-top: 6px; }
details.archived ol.cards { margin-top: 8px; }
.archived-lists-wrap { padding: 0 20px 24px; color: #fff; }
.archived-lists-wrap > details > summary { color: #fff; font-size: 13px; }
.archived-lists-wrap main.board { padding: 12px 0 0; }
.empty { font-size: 12px; color: #626f86; padding: 4px 8px; }
details.week { margin: 12px 20px 0; padding: 8px 12px 12px; border-radius: 12px; background: rgba(255, 255, 255, 0.92); }
details.week > summary { display: flex; align-items: baseline; gap: 10px; list-style: none; color: #172b4d; }
details.week > summary::-webkit-details-marker { display: none; }
details.week h2 { margin: 0; font-size: 15px; }
.week-period { font-size: 12px; color: #626f86; }
.week-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 10px; margin-top: 8px; }
.week-section { background: #f1f2f4; border-radius: 8px; padding: 6px 8px; min-width: 0; }
.week-section h3 { margin: 0 0 4px; font-size: 13px; font-weight: 600; display: flex; justify-content: space-between; }
.week-section ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; font-size: 12px; }
.week-section li { background: #fff; border-radius: 4px; padding: 3px 6px; overflow-wrap: anywhere;
  box-shadow: 0 1px 1px rgba(9, 30, 66, 0.2); }
.week-section li a { color: #0c66e4; text-decoration: none; }
.week-list { display: block; color: #626f86; font-size: 11px; }
.week-due { padding: 0 4px; border-radius: 3px; background: #dcdfe4; }
.week-overdue .week-due { background: #ffd5d2; color: #ae2e24; }
.week-section .members { margin-left: 4px; vertical-align: middle; float: right; }
.week-section .avatar { width: 18px; height: 18px; font-size: 8px; }
`;
