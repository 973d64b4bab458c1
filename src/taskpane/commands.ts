/** Function file of the ribbon: the button only shows the task pane, so this just tells Office it is ready. */
void Office.onReady(() => undefined);
