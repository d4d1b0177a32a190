package org.qslmail.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** File, Window and Help menus; the later perspectives add their own menus and items. */
final class QslMailActionBarAdvisor extends ActionBarAdvisor {

	QslMailActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		register(ActionFactory.QUIT.create(window));
		register(ActionFactory.PREFERENCES.create(window));
		register(ActionFactory.RESET_PERSPECTIVE.create(window));
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.Menu_openPerspective, "openPerspective"); //$NON-NLS-1$
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		MenuManager views = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(perspectives);
		windowMenu.add(views);
		windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator());
		windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		// The platform's About action would activate its own handler beside ours (AboutHandler).
		CommandContributionItemParameter about = new CommandContributionItemParameter(window, null,
				IWorkbenchCommandConstants.HELP_ABOUT, CommandContributionItem.STYLE_PUSH);
		about.label = Messages.Menu_about;
		help.add(new CommandContributionItem(about));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}
}
