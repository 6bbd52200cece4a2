package com.rolloutplanner.system;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The product speaks English and Finnish: the browser's language chooses, {@code ?lang=}
 * switches, and a cookie remembers the choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"));

	private final Clock clock;

	WebConfiguration(Clock clock) {
		this.clock = clock;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rollout-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> supported(request.getLocales()));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		// Browsers that ignore the page's icon link ask for /favicon.ico: the same SVG.
		registry.addViewController("/favicon.ico").setViewName("forward:/favicon.svg");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AsOfArgumentResolver(this.clock));
	}

	static Locale supported(java.util.Enumeration<Locale> preferred) {
		while (preferred.hasMoreElements()) {
			Locale locale = preferred.nextElement();
			for (Locale candidate : SUPPORTED) {
				if (candidate.getLanguage().equals(locale.getLanguage())) {
					return candidate;
				}
			}
		}
		return Locale.ENGLISH;
	}

}
