package vn.edu.hocbaso.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception of a command at ERROR with its stack trace ("ENGINE-16004"), our expected
 * refusals too (a class not ready, an approval refused), which the task list shows the user as a message. This
 * plugin turns the engine's logging of command exceptions off and logs them itself, once per outermost command:
 * refusals at INFO, the conflicts the engine itself treats as routine at DEBUG, anything else at ERROR with the
 * stack trace, so real failures stay visible.
 */
@Component
class EngineExceptionLogging extends AbstractProcessEnginePlugin {

	private static final Logger LOG = LoggerFactory.getLogger(EngineExceptionLogging.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {

		configuration.setEnableCmdExceptionLogging(false);

		configuration.setCustomPreCommandInterceptorsTxRequired(
				withLogging(configuration.getCustomPreCommandInterceptorsTxRequired()));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				withLogging(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
	}

	private static List<CommandInterceptor> withLogging(List<CommandInterceptor> interceptors) {
		List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
		all.add(0, new LoggingInterceptor());
		return all;
	}

	/** Logs the failure of the outermost command only: a nested command's failure is the outer one's. */
	static class LoggingInterceptor extends CommandInterceptor {

		private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

		@Override
		public <T> T execute(Command<T> command) {

			int[] depth = DEPTH.get();
			depth[0]++;
			try {
				return next.execute(command);
			}
			catch (RuntimeException ex) {
				if (depth[0] == 1) {
					log(command, ex);
				}
				throw ex;
			}
			finally {
				depth[0]--;
			}
		}

		private static void log(Command<?> command, RuntimeException ex) {

			String name = command.getClass().getSimpleName();
			TaskRefusal refusal = TaskRefusal.in(ex);
			if (refusal != null) {
				LOG.info("Engine command {} refused: {}", name, refusal.messageKey());
			}
			else if (ex instanceof OptimisticLockingException || ex instanceof TaskAlreadyClaimedException
					|| ex instanceof BadUserRequestException || ex instanceof AuthorizationException) {
				LOG.debug("Engine command {} failed: {}", name, ex.getMessage());
			}
			else {
				LOG.error("Engine command {} failed", name, ex);
			}
		}

	}

}
