package org.evaluation.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.evaluation.api.NotFoundException;
import org.evaluation.audit.AuditTrail;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;
import org.evaluation.api.security.Role;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Before a service method runs, checks every id its business interface marks with {@link Ref}
 * (parameters, and components of query records) against what the caller reaches in the roles the
 * method allows: an object out of reach is "not found". The rule per kind is in {@link Scopes}.
 * First of a service's interceptors, so nothing else runs for an object out of reach.
 */
public class ReachCheck {

    /** One id to check: where it is among the parameters (and inside one), and of which kind. */
    private record Check(int parameter, Function<Object, Object> inside, Kind kind) {
    }

    private record Plan(List<Check> checks, List<Role> roles) {
    }

    private record Key(Class<?> bean, Method method) {
    }

    private static final Map<Key, Plan> PLANS = new ConcurrentHashMap<>();
    private static final Logger LOG = Logger.getLogger(ReachCheck.class.getName());

    @EJB
    private Scopes scopes;

    @EJB
    private AuditTrail audit;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Plan plan = PLANS.computeIfAbsent(new Key(invocation.getTarget().getClass(), invocation.getMethod()),
                ReachCheck::plan);
        if (!plan.checks().isEmpty()) {
            Object[] parameters = invocation.getParameters();
            List<Scopes.Wanted> wanted = new ArrayList<>();
            for (Check check : plan.checks()) {
                Object value = parameters[check.parameter()];
                if (value != null && check.inside() != null) {
                    value = check.inside().apply(value);
                }
                if (value instanceof Collection<?> ids) {
                    wanted.add(new Scopes.Wanted(check.kind(), ids));
                } else if (value != null) {
                    wanted.add(new Scopes.Wanted(check.kind(), List.of(value)));
                }
            }
            try {
                scopes.requireAll(wanted, plan.roles());
            } catch (NotFoundException refused) {
                // kept apart from the caller's transaction, which the refusal rolls back
                if (AuditTrail.holdsTheEnd(registry)) {
                    LOG.warning(() -> "Refused access not in the audit trail (its caller holds the chain's end): "
                            + refused.getArguments()[0] + " " + refused.getArguments()[1] + " in "
                            + invocation.getMethod());
                    throw refused;
                }
                audit.recordApart("accessRefused", "Access", refused.getArguments()[0] + "#" + refused.getArguments()[1],
                        Map.of("method", invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                                + invocation.getMethod().getName()));
                throw refused;
            }
        }
        return invocation.proceed();
    }

    private static Plan plan(Key key) {
        List<Check> checks = new ArrayList<>();
        for (Method declared : declarations(key.bean(), key.method())) {
            Parameter[] parameters = declared.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                Ref ref = parameters[i].getAnnotation(Ref.class);
                if (ref != null) {
                    checks.add(new Check(i, null, ref.value()));
                }
                Class<?> type = parameters[i].getType();
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        Ref inner = component.getAnnotation(Ref.class);
                        if (inner != null) {
                            checks.add(new Check(i, value -> read(component.getAccessor(), value), inner.value()));
                        }
                    }
                } else if (type.getName().startsWith("org.evaluation.")) {
                    for (Field field : type.getDeclaredFields()) {
                        Ref inner = field.getAnnotation(Ref.class);
                        if (inner != null) {
                            field.setAccessible(true);
                            checks.add(new Check(i, value -> read(field, value), inner.value()));
                        }
                    }
                }
            }
        }
        return new Plan(List.copyOf(checks), rolesOf(key.bean(), key.method()));
    }

    /** The method as the business interfaces of its bean declare it: that is where {@link Ref} is written. */
    private static List<Method> declarations(Class<?> bean, Method method) {
        if (method.getDeclaringClass().isInterface()) {
            return List.of(method);
        }
        List<Method> found = new ArrayList<>();
        for (Class<?> type : interfaces(bean)) {
            try {
                found.add(type.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException notThisInterface) {
                // another interface of the bean declares it
            }
        }
        return found;
    }

    private static Object read(Method accessor, Object from) {
        try {
            return accessor.invoke(from);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static Object read(Field field, Object from) {
        try {
            return field.get(from);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static List<Class<?>> interfaces(Class<?> bean) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            found.addAll(Arrays.asList(type.getInterfaces()));
        }
        return found;
    }

    /** The roles the bean allows the method to, as {@code @RolesAllowed} on the method or its class says. */
    static List<Role> rolesOf(Class<?> bean, Method method) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method implementation = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                RolesAllowed allowed = implementation.getAnnotation(RolesAllowed.class);
                if (allowed == null) {
                    allowed = type.getAnnotation(RolesAllowed.class);
                }
                return allowed == null ? List.of()
                        : Arrays.stream(allowed.value()).map(Role::valueOf).toList();
            } catch (NoSuchMethodException inheritedFromAbove) {
                // declared further up
            }
        }
        return List.of();
    }
}
