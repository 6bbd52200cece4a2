package com.rolloutplanner.system;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every statement prepared on the application's connections; with
 * {@code -Drollout.test.print-statements=true} also prints each with its thread, to see
 * what a count is made of.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	public static final AtomicLong COUNT = new AtomicLong();

	/**
	 * Those prepared on this thread: a request's own, without what listeners do
	 * elsewhere.
	 */
	private static final ThreadLocal<AtomicLong> ON_THIS_THREAD = ThreadLocal.withInitial(AtomicLong::new);

	/** The statements the work prepares on this thread. */
	public static long onThisThread(Runnable work) {
		long before = ON_THIS_THREAD.get().get();
		work.run();
		return ON_THIS_THREAD.get().get() - before;
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource dataSource)) {
					return bean;
				}
				return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
						(proxy, method, args) -> {
							Object result = invoke(method, dataSource, args);
							return (result instanceof Connection connection) ? counting(connection) : result;
						});
			}
		};
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
						COUNT.incrementAndGet();
						ON_THIS_THREAD.get().incrementAndGet();
						if (Boolean.getBoolean("rollout.test.print-statements")) {
							System.out.println(
									"SQL> " + Thread.currentThread().getName() + " " + (args != null && args.length > 0
											? String.valueOf(args[0]).replaceAll("\\s+", " ") : method.getName()));
						}
					}
					return invoke(method, connection, args);
				});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (java.lang.reflect.InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
