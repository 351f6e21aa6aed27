package id.kiosmandiri.database;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every transaction the application begins is run again after a Galera certification conflict
 * ({@link CertificationConflicts}): those of {@code @Transactional} methods through an advice around
 * Spring's own transaction advice, and those of a {@link #template} the same way. Only the outermost
 * call retries: a method called inside a running transaction belongs to that transaction, which is
 * retried whole or not at all.
 */
@Configuration(proxyBeanMethods = false)
public class ConflictRetryingTransactions {

    /**
     * Around every {@code @Transactional} method, outside the transaction advice (which runs last), so that
     * each attempt is a transaction of its own. Infrastructure role: applied by whichever auto-proxy
     * creator the application has, as the transaction advice is.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor certificationConflictRetryAdvisor() {
        // inherited and meta-annotations too: Spring Modulith's @ApplicationModuleListener is a @Transactional
        // (each event handled in a transaction of its own, on an async thread: the retry runs there, inside @Async)
        ComposablePointcut transactional = new ComposablePointcut(new AnnotationMatchingPointcut(Transactional.class, true))
                .union(new AnnotationMatchingPointcut(null, Transactional.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, (MethodInterceptor) ConflictRetryingTransactions::invoke);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive() || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        try {
            return CertificationConflicts.retried(() -> {
                try {
                    // each attempt walks the rest of the advice chain again, the transaction advice included
                    return proxied.invocableClone().proceed();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable checked) {
                    throw new CheckedFailure(checked);
                }
            });
        } catch (CheckedFailure wrapped) {
            throw wrapped.getCause();
        }
    }

    /** A checked exception of the method, carried through the retry unchanged. */
    private static final class CheckedFailure extends RuntimeException {
        CheckedFailure(Throwable cause) {
            super(cause);
        }
    }

    /**
     * A {@link TransactionTemplate} whose transactions are run again after a certification conflict, for
     * code that draws its transaction lines itself (a PIN check hashes outside any transaction).
     */
    public static TransactionTemplate template(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions) {
            @Override
            public <T> T execute(TransactionCallback<T> action) throws TransactionException {
                if (TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.execute(action);
                }
                return CertificationConflicts.retried(() -> super.execute(action));
            }
        };
    }
}
